// Consumer (8): Error Prone. The build (generated code and the prebuilt catalogs consumer's code compiled
// with Error Prone's default checks and -Xlint:all -Xdoclint:all -Werror, the tests) has passed; check that
// Error Prone did run (the canary's warning is in the log), that no source of the main compile drew a
// warning, and that the processor wrote every shape, the table classes' rows as text blocks.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Canary\.java:\[\d+,\d+\] \[StringConcatToTextBlock\]/ :
    'Error Prone reported nothing on the canary: it did not run'
def warnings = log.readLines().findAll { it.contains('[WARNING]') && it =~ /\.java:\[\d+/ && !it.contains('Canary.java') }
assert warnings.isEmpty() : "warnings outside the canary:\n${warnings.join('\n')}"

def generated = new File(basedir, 'target/generated-sources/annotations/com/example/checked')
['WellKnownPort': 'enum', 'DefaultPort': 'enum', 'IanaPort': 'class', 'SystemPort': 'enum', 'InternalService': 'class'].each { name, kind ->
  def source = new File(generated, name + '.java')
  assert source.isFile() : "no generated ${source}"
  assert source.text.contains("public ${kind == 'enum' ? 'enum' : 'final class'} ${name} ") : "${name} is not a ${kind}"
  if (kind == 'class') {
    assert source.text =~ /static String rows\(\) \{\n +return """\n/ : "${name}'s rows are no text block"
  }
}
assert new File(basedir, 'target/classes/com/example/app/Ports.class').isFile() : 'the prebuilt catalogs code did not compile'
assert new File(basedir, 'target/canary-classes/com/example/canary/Canary.class').isFile() : 'the canary did not compile'
assert new File(basedir, 'target/surefire-reports').list().any { it.endsWith('.xml') } : 'the tests did not run'
return true
