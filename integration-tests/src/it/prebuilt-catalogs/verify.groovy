// Consumer (6): the prebuilt catalogs. The build (compile with -Xlint:all -Xdoclint:all -Werror, the tests)
// has passed; check that this pom holds the README's snippet for the prebuilt catalogs, that it has no
// annotation processor path, and that nothing was generated at compile time.
def trimmed = { String text -> text.readLines()*.trim().findAll { it } }

def readmeText = new File(readme).getText('UTF-8')
def block = (readmeText =~ /(?s)## The quickest way: the prebuilt catalogs\n.*?```xml\n(.*?)```/)
assert block.find() : "README.md has no xml block in its section on the prebuilt catalogs"
def snippet = trimmed(block.group(1))
def pomText = new File(basedir, 'pom.xml').getText('UTF-8')
def pom = trimmed(pomText)
int at = 0
for (line in snippet) {
  while (at < pom.size() && pom[at] != line) at++
  assert at < pom.size() : "pom.xml does not follow README's prebuilt catalogs snippet at: ${line}"
  at++
}
assert !pomText.contains('annotationProcessorPaths') : 'the prebuilt catalogs need no processor path'
assert !pomText.contains('portolan-processor') && !pomText.contains('portolan-runtime') :
    'portolan-catalogs is the only Portolan dependency'

def generated = new File(basedir, 'target/generated-sources/annotations')
def sources = generated.isDirectory() ? generated.listFiles().toList() : []
assert sources.isEmpty() : "something was generated at compile time: ${sources}"
assert new File(basedir, 'target/classes/com/example/app/Ports.class').isFile() : 'Ports did not compile'
assert new File(basedir, 'target/surefire-reports').list().any { it.endsWith('.xml') } : 'the tests did not run'
return true
