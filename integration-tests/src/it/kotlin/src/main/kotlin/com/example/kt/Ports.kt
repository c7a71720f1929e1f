package com.example.kt

import io.portolan.catalogs.DefaultPort
import io.portolan.catalogs.DefaultPorts
import io.portolan.catalogs.IanaPort
import io.portolan.catalogs.IanaPorts
import io.portolan.catalogs.WellKnownPort
import io.portolan.catalogs.WellKnownPorts

/** The port a handler listens on: an annotation argument, so Kotlin accepts only a compile-time constant. */
@Retention(AnnotationRetention.RUNTIME)
@Target(AnnotationTarget.CLASS)
annotation class Listen(val port: Int)

/** Handles the database's connections. */
@Listen(IanaPorts.POSTGRESQL)
class DatabaseHandler

/** Consumes the event stream. */
@Listen(DefaultPorts.KAFKA)
class EventConsumer

/** Handles shell sessions. */
@Listen(WellKnownPorts.SSH)
class ShellHandler

/** The port of the web front end: a `const val`, which takes only a compile-time constant. */
const val WEB_PORT: Int = WellKnownPorts.HTTPS

/** Names the protocol this application speaks on [port]. */
fun protocol(port: Int): String = when (port) {
    IanaPorts.POSTGRESQL -> "postgresql"
    WellKnownPorts.SSH -> "ssh"
    DefaultPorts.KAFKA -> "kafka"
    WEB_PORT -> "https"
    else -> "other"
}

/** Describes the first well-known service on [port], or returns null. */
fun describe(port: Int): String? =
    WellKnownPort.byNumber(port).firstOrNull()?.let { "${it.name}: ${it.description()}" }

/** Returns the registry's port for the service [name], or null. */
fun portOf(name: String): Int? = IanaPort.byServiceName(name).map { it.number() }.orElse(null)

/** Returns the default port of the software named [name] (Kafka, Elasticsearch, ...), or null. */
fun defaultPortOf(name: String): Int? = DefaultPort.byServiceName(name).map { it.number() }.orElse(null)

/** Prints what the catalogs say about a few ports and names. */
fun main() {
    println("protocol(5432) = ${protocol(5432)}")
    println("describe(53) = ${describe(53)}")
    println("portOf(postgresql) = ${portOf("postgresql")}")
}
