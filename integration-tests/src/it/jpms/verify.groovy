// Consumer (5): JPMS. The module compiled (lint- and doclint-clean); run its Main on the module path with
// the runtime jar as the named module io.portolan, and check the generated sources carry no @Generated
// (the module does not read java.compiler, which holds it).
def runtimeJar = new File(localRepositoryPath, 'io/portolan/portolan-runtime').listFiles().collectMany { version ->
  version.listFiles().findAll { it.name ==~ /portolan-runtime-[^-]+(-SNAPSHOT)?\.jar/ }
}.find()
assert runtimeJar : "no portolan-runtime jar in ${localRepositoryPath}"
// The runtime jar: small (about 33 KiB with io.portolan.internal, the support generated code calls: the
// lookup order, the enum's lookups and their allocation-free table of names, the table class's rows and
// lookups), Java 8 classes, and the module descriptor for Java 9+ in a multi-release jar.
assert runtimeJar.length() < 36 * 1024 : "portolan-runtime is ${runtimeJar.length()} bytes, not under 36 KiB"
new java.util.jar.JarFile(runtimeJar).withCloseable { jar ->
  assert jar.manifest.mainAttributes.getValue('Multi-Release') == 'true'
  assert jar.getEntry('META-INF/versions/9/module-info.class') : 'no META-INF/versions/9/module-info.class'
  assert !jar.getEntry('module-info.class') : 'a module-info.class at the top, where Java 8 tools trip on it'
  def bytes = jar.getInputStream(jar.getEntry('io/portolan/ServicePort.class')).bytes
  assert (((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff)) == 52 : 'io.portolan.ServicePort is not a Java 8 class file'
}

def modulePath = [new File(basedir, 'target/classes'), runtimeJar].join(File.pathSeparator)
def process = new ProcessBuilder(new File(javaHome, 'bin/java').path, '--module-path', modulePath,
    '--module', 'com.example.ports/com.example.ports.Main').redirectErrorStream(true).start()
def output = process.inputStream.getText('UTF-8')
int exit = process.waitFor()
println output
assert exit == 0 && output.contains('all checks passed') : "the module's Main failed (exit ${exit}): ${output}"

def generated = new File(basedir, 'target/generated-sources/annotations/com/example/ports')
['WellKnownPort', 'WellKnownPorts', 'InternalPort', 'InternalPorts'].each {
  def source = new File(generated, it + '.java')
  assert source.isFile() : "no generated ${source}"
  assert !source.text.contains('Generated(') : "@Generated in ${source}, which the module cannot read"
}
return true
