// Consumer (4b): --release 21, on a JDK 21 or later (JDK 25 where CI has it). The build and its tests
// have passed; check the generated sources carry @Generated, that the classes are Java 21 class files
// (major version 65), and that the sources are the same bytes as consumer 1's (the same sources, built
// before this one on the build's own JDK, for release 17).
def classFileVersion = { File file -> def bytes = file.bytes; ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff) }
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/ports')
['WellKnownPort', 'WellKnownPorts', 'InternalPort', 'InternalPorts', 'InternalService', 'InternalServices'].each {
  def source = new File(generated, it + '.java')
  assert source.isFile() : "no generated ${source}"
  assert source.text.contains('@Generated("io.portolan.processor.PortCatalogProcessor")') : "no @Generated in ${source}"
  def major = classFileVersion(new File(basedir, "target/classes/com/example/ports/${it}.class"))
  assert major == 65 : "${it}.class has major version ${major}, not 65 (Java 21)"
}
assert new File(basedir, 'target/surefire-reports').list().any { it.endsWith('.xml') } : 'the tests did not run'

def javaVersion = { String home ->
  def release = new File(home, 'release')
  release.isFile() ? (release.text =~ /JAVA_VERSION="([^"]+)"/).with { it.find() ? it.group(1) : '?' } : '?'
}
def other = new File(basedir, '../maven-javac/target/generated-sources/annotations/com/example/ports')
if (other.isDirectory()) {
  ['WellKnownPort', 'WellKnownPorts', 'InternalPort', 'InternalPorts', 'InternalService', 'InternalServices'].each {
    assert Arrays.equals(new File(generated, it + '.java').bytes, new File(other, it + '.java').bytes) :
        "${it}.java differs between this build (JDK ${javaVersion(javaHome)}) and maven-javac's"
  }
  println "JDK ${javaVersion(javaHome)}, release 21, generated the same bytes as maven-javac's build (release 17)"
} else {
  println "maven-javac has not run: sources not compared"
}
return true
