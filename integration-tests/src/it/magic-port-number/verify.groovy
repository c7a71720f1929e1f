// Consumer: MagicPortNumber under Error Prone. Check every finding of the first compile by line, that patch mode
// rewrote the copy to the constants with their imports (the -Werror compile of it has passed, so no warning was
// left), and that the program prints the same before and after.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    14: 'Port 9092 is KAFKA: use DefaultPorts.KAFKA (portolan-catalogs)',
    18: 'Port 9200 is ELASTICSEARCH: use DefaultPorts.ELASTICSEARCH (portolan-catalogs)',
    30: 'Port 5432 is POSTGRESQL: use DefaultPorts.POSTGRESQL (portolan-catalogs)',
    31: 'Port 8080 is HTTP_ALT: use IanaPorts.HTTP_ALT (portolan-catalogs)',
    39: 'Port 0 is ANY_PORT: use WellKnownPorts.ANY_PORT (portolan-catalogs)',
    45: 'Port 22 is SSH: use WellKnownPorts.SSH (portolan-catalogs)',
    51: 'Port 514 is SYSLOG: use WellKnownPorts.SYSLOG (portolan-catalogs)',
]
def found = [:]
log.readLines().each { line ->
  def m = line =~ /src\/main\/java\/com\/example\/ports\/Endpoints\.java:\[(\d+),\d+\] \[MagicPortNumber\] (.*)$/
  if (m.find()) {
    found[m.group(1) as int] = m.group(2).trim()
  }
}
assert found.keySet() == expected.keySet() : "findings on lines ${found.keySet()}, expected ${expected.keySet()}:\n${found}"
expected.each { line, message -> assert found[line] == message : "line ${line}: ${found[line]}" }

def patched = new File(basedir, 'target/patched-sources/com/example/ports/Endpoints.java').getText('UTF-8')
['import io.portolan.catalogs.DefaultPorts;', 'import io.portolan.catalogs.IanaPorts;', 'import io.portolan.catalogs.WellKnownPorts;',
 'static final int KAFKA_PORT = DefaultPorts.KAFKA;', 'elasticsearchPort = DefaultPorts.ELASTICSEARCH;',
 'createUnresolved("db.example.org", DefaultPorts.POSTGRESQL)', '"www.example.org", IanaPorts.HTTP_ALT,',
 'new ServerSocket(WellKnownPorts.ANY_PORT)', 'int sshPort = WellKnownPorts.SSH;', 'getLoopbackAddress(), WellKnownPorts.SYSLOG)',
 'static final int RETRIES = 3;', 'static final int BUFFER_SIZE = 8080;'].each {
  assert patched.contains(it) : "the rewritten source lacks: ${it}\n${patched}"
}
assert new File(basedir, 'target/rewritten-classes/com/example/ports/Endpoints.class').isFile() : 'the rewritten source did not compile'

def run = { String classes ->
  def process = [new File(javaHome, 'bin/java').path, '-cp', new File(basedir, classes).path, 'com.example.ports.Endpoints'].execute()
  def out = new StringBuilder(), err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  assert process.exitValue() == 0 : "${classes}: ${err}"
  out.toString()
}
def before = run('target/classes')
def after = run('target/rewritten-classes')
assert before.contains('kafka 9092') && before.contains('syslog 514') : before
assert before == after : "the program printed\n${before}\nbefore the rewrite and\n${after}\nafter it"
println "MagicPortNumber: ${found.size()} findings, all rewritten; the program prints the same before and after"
return true
