// Consumer: the MagicPortNumber javac plugin without Error Prone, on the magic-port-number consumer's source. Check
// every warning by line: the same findings as Error Prone's there, each naming the dependency, as this build lacks it.
def log = new File(basedir, 'build.log').getText('UTF-8')
def missing = 'from io.portolan:portolan-catalogs, which is not on the class path'
def expected = [
    14: "Port 9092 is KAFKA: use DefaultPorts.KAFKA ${missing}",
    18: "Port 9200 is ELASTICSEARCH: use DefaultPorts.ELASTICSEARCH ${missing}",
    30: "Port 5432 is POSTGRESQL: use DefaultPorts.POSTGRESQL ${missing}",
    31: "Port 8080 is HTTP_ALT: use IanaPorts.HTTP_ALT ${missing}",
    39: "Port 0 is ANY_PORT: use WellKnownPorts.ANY_PORT ${missing}",
    45: "Port 22 is SSH: use WellKnownPorts.SSH ${missing}",
    51: "Port 514 is SYSLOG: use WellKnownPorts.SYSLOG ${missing}",
]
def found = [:]
log.readLines().each { line ->
  def m = line =~ /Endpoints\.java:\[(\d+),\d+\] \[MagicPortNumber\] (.*)$/
  if (m.find()) {
    found[m.group(1) as int] = m.group(2).trim()
  }
}
assert found.keySet() == expected.keySet() : "warnings on lines ${found.keySet()}, expected ${expected.keySet()}:\n${found}"
expected.each { line, message -> assert found[line] == message.toString() : "line ${line}: ${found[line]}" }
assert !log.contains('ErrorProne') : 'Error Prone ran in a build that should not have it'
println "-Xplugin:MagicPortNumber: ${found.size()} warnings, on the lines Error Prone reports"
return true
