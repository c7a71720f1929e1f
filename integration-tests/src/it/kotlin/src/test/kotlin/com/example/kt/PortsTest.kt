package com.example.kt

import io.portolan.Transport
import io.portolan.catalogs.IanaPort
import io.portolan.catalogs.IanaPorts
import io.portolan.catalogs.WellKnownPort
import io.portolan.catalogs.WellKnownPorts
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class PortsTest {
    @Test
    fun constantsAreWhenBranches() {
        assertEquals("postgresql", protocol(5432))
        assertEquals("ssh", protocol(22))
        assertEquals("kafka", protocol(9092))
        assertEquals("https", protocol(443))
        assertEquals("other", protocol(1))
    }

    @Test
    fun constantsAreAnnotationArguments() {
        assertEquals(5432, DatabaseHandler::class.java.getAnnotation(Listen::class.java).port)
        assertEquals(22, ShellHandler::class.java.getAnnotation(Listen::class.java).port)
        assertEquals(9092, EventConsumer::class.java.getAnnotation(Listen::class.java).port)
        assertEquals(IanaPorts.POSTGRESQL, IanaPort.byServiceName("postgresql").get().number())
        assertEquals(WellKnownPorts.SSH, WellKnownPort.SSH.number())
    }

    @Test
    fun lookups() {
        val dns = WellKnownPort.byNumber(53)
        assertEquals(listOf(WellKnownPort.DNS), dns)
        assertTrue(Transport.UDP in dns.single().transports())
        assertEquals("DNS: " + WellKnownPort.DNS.description(), describe(53))
        assertNull(describe(0x7FFF_FFFF))
        assertEquals(5432, portOf("postgresql"))
        assertEquals("postgresql", IanaPort.byServiceName("postgresql").get().serviceName())
        assertNull(portOf("no-such-service"))
        assertEquals(9200, defaultPortOf("elasticsearch"))
    }
}
