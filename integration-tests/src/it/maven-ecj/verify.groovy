// Consumer (2): Maven with ECJ. The build (compiled by ECJ with its Javadoc checks, failing on warnings,
// and the tests) has passed; check that ECJ compiled it, that the processor found the table in the class
// output through ECJ's Filer, and that ECJ's run generated the same bytes as javac's (consumer 1, which
// runs before this one, with the same sources).
def log = new File(basedir, 'build.log').text
assert log.contains('Compiling with eclipse') : 'the build log does not say ECJ compiled the sources'
def names = ['WellKnownPort', 'WellKnownPorts', 'InternalPort', 'InternalPorts', 'InternalService', 'InternalServices']
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/ports')
names.each { assert new File(generated, it + '.java').isFile() : "no generated ${it}.java" }
assert new File(basedir, 'target/surefire-reports').list().any { it.endsWith('.xml') } : 'the tests did not run'

def javacGenerated = new File(basedir, '../maven-javac/target/generated-sources/annotations/com/example/ports')
if (javacGenerated.isDirectory()) {
  names.each {
    assert Arrays.equals(new File(generated, it + '.java').bytes, new File(javacGenerated, it + '.java').bytes) :
        "${it}.java differs between ECJ and javac"
  }
  println "ECJ generated the same ${names.size()} sources as javac, byte for byte"
} else {
  println "maven-javac has not run: ECJ's sources not compared with javac's"
}
return true
