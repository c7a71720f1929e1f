// Consumer (7): JPMS with the prebuilt catalogs. The module compiled (lint- and doclint-clean) with only
// portolan-catalogs as a dependency; run its Main on the module path with the catalogs and runtime jars
// as the named modules io.portolan.catalogs and io.portolan.
def jarOf = { String artifact ->
  def jar = new File(localRepositoryPath, "io/portolan/${artifact}").listFiles().collectMany { version ->
    version.listFiles().findAll { it.name ==~ /${artifact}-[^-]+(-SNAPSHOT)?\.jar/ }
  }.find()
  assert jar : "no ${artifact} jar in ${localRepositoryPath}"
  jar
}
def catalogsJar = jarOf('portolan-catalogs')
def runtimeJar = jarOf('portolan-runtime')
// The catalogs jar: Java 8 classes, and the module descriptor for Java 9+ in a multi-release jar.
new java.util.jar.JarFile(catalogsJar).withCloseable { jar ->
  assert jar.manifest.mainAttributes.getValue('Multi-Release') == 'true'
  assert jar.getEntry('META-INF/versions/9/module-info.class') : 'no META-INF/versions/9/module-info.class'
  assert !jar.getEntry('module-info.class') : 'a module-info.class at the top, where Java 8 tools trip on it'
  def bytes = jar.getInputStream(jar.getEntry('io/portolan/catalogs/IanaPort.class')).bytes
  assert (((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff)) == 52 : 'IanaPort is not a Java 8 class file'
}

def modulePath = [new File(basedir, 'target/classes'), catalogsJar, runtimeJar].join(File.pathSeparator)
def process = new ProcessBuilder(new File(javaHome, 'bin/java').path, '--module-path', modulePath,
    '--module', 'com.example.app/com.example.app.Main').redirectErrorStream(true).start()
def output = process.inputStream.getText('UTF-8')
int exit = process.waitFor()
println output
assert exit == 0 && output.contains('all checks passed') : "the module's Main failed (exit ${exit}): ${output}"
return true
