// Consumer (9): Kotlin. The build (kotlinc with -Werror, the JUnit 5 tests) has passed; check that the
// tests ran and that the compiled annotation holds the constant's value, as a class file constant.
assert new File(basedir, 'target/surefire-reports').list().any { it.endsWith('.xml') } : 'the tests did not run'
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.kt.PortsTest.xml').getText('UTF-8')
assert report =~ /tests="3"/ && report =~ /failures="0"/ && report =~ /errors="0"/ : 'PortsTest did not pass its 3 tests'
def handler = new File(basedir, 'target/classes/com/example/kt/DatabaseHandler.class')
assert handler.isFile() : 'DatabaseHandler did not compile'
return true
