// Consumer (4a): --release 8. The build and its tests have passed; check the generated sources have no
// @Generated and that the classes are Java 8 class files (major version 52).
def classFileVersion = { File file -> def bytes = file.bytes; ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff) }
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/ports')
['WellKnownPort', 'WellKnownPorts', 'InternalPort', 'InternalPorts', 'InternalService', 'InternalServices'].each {
  def source = new File(generated, it + '.java')
  assert source.isFile() : "no generated ${source}"
  assert !source.text.contains('Generated(') : "@Generated in ${source}, which Java 8 does not have"
  def major = classFileVersion(new File(basedir, "target/classes/com/example/ports/${it}.class"))
  assert major == 52 : "${it}.class has major version ${major}, not 52 (Java 8)"
}
assert new File(basedir, 'target/surefire-reports').list().any { it.endsWith('.xml') } : 'the tests did not run'
return true
