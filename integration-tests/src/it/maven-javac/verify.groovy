// Consumer (1): Maven and javac. The build (compile with -Xlint:all -Xdoclint:all -Werror, the tests) has
// passed; check that this pom holds the README's Maven snippet, line by line and in order, and that the
// generated sources carry @Generated (the consumer compiles for Java 17).
def trimmed = { String text -> text.readLines()*.trim().findAll { it } }

def readmeText = new File(readme).getText('UTF-8')
def block = (readmeText =~ /(?s)### Maven\s+```xml\n(.*?)```/)
assert block.find() : "README.md has no ### Maven xml block"
def snippet = trimmed(block.group(1))
def pom = trimmed(new File(basedir, 'pom.xml').getText('UTF-8'))
int at = 0
for (line in snippet) {
  while (at < pom.size() && pom[at] != line) at++
  assert at < pom.size() : "pom.xml does not follow README's Maven snippet at: ${line}"
  at++
}

def generated = new File(basedir, 'target/generated-sources/annotations/com/example/ports')
['WellKnownPort', 'WellKnownPorts', 'InternalPort', 'InternalPorts', 'InternalService', 'InternalServices'].each {
  def source = new File(generated, it + '.java')
  assert source.isFile() : "no generated ${source}"
  assert source.text.contains('@Generated("io.portolan.processor.PortCatalogProcessor")') : "no @Generated in ${source}"
}
assert new File(basedir, 'target/surefire-reports').list().any { it.endsWith('.xml') } : 'the tests did not run'
return true
