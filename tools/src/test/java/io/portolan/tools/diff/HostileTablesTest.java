package io.portolan.tools.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Transport;
import io.portolan.processor.parse.SourceText;
import io.portolan.tools.diff.DiffTable.Entry;
import io.portolan.tools.diff.DiffTable.Unnamed;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables a hostile user hands {@code portinfo diff}: each gives a report or a clear refusal, never a crash. */
class HostileTablesTest {
  @Test
  void aFileLargerThanAnyPortTableIsRefusedBeforeItIsReadWhole(@TempDir Path directory) throws IOException {
    Path large = directory.resolve("large.csv");
    try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
      file.setLength(SourceText.MAX_BYTES + 1L);
    }
    List<String> problems = assertThrows(DiffInputException.class, () -> DiffTable.read(large)).problems();
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(large + ": it holds more than 32 MiB"), problems.get(0));
  }

  @Test
  void aServicesLineWithThousandsOfAliasesIsCompared() throws Exception {
    StringBuilder line = new StringBuilder("many 4000/tcp");
    for (int i = 0; i < 20_000; i++) {
      line.append(" alias").append(i);
    }
    DiffTable table = DiffTable.read(new SourceText("services", "ssh 22/tcp\n" + line + "\n"));
    assertEquals(2, table.size());
  }

  @Test
  void theTextReportEscapesWhatItEchoesOfTheTables() throws Exception {
    String hostile = "port,transports,constant,service,description\n"
        + "22,tcp,SSH,ssh,\"clears \u001b[2J the screen, rings \u0007, returns \r and reverses \u202e text\"\n";
    String benign = "port,transports,constant,service,description\n22,tcp,SSH,ssh,Secure Shell\n";
    DiffReport report = RegistryDiff.compare(DiffTable.read(new SourceText("old.csv", benign)),
        DiffTable.read(new SourceText("new\u001b]0;title\u0007.csv", hostile)));
    StringBuilder text = new StringBuilder();
    report.writeText(text);
    assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x202e), text::toString);
    assertTrue(text.toString().contains("clears \\u001b[2J the screen"), text::toString);
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
    String old = "port,transports,service,description\n22,tcp,ssh,Secure Shell\n";
    String now = "port,transports,service,description\n22,tcp,ssh,Secure Shell\n"
        + "23,tcp,=HYPERLINK(1),+plus\n24,tcp,@at,-minus\n";
    DiffReport report = RegistryDiff.compare(DiffTable.read(new SourceText("old.csv", old)),
        DiffTable.read(new SourceText("new.csv", now)));
    StringBuilder csv = new StringBuilder();
    report.writeCsv(csv);
    assertTrue(csv.toString().contains("added,'=HYPERLINK(1),23,tcp,,'+plus"), csv::toString);
    assertTrue(csv.toString().contains("added,'@at,24,tcp,,'-minus"), csv::toString);
    assertEquals("'=x", SpreadsheetCsv.neutralized("=x"));
    assertEquals("x=", SpreadsheetCsv.neutralized("x="));
    assertEquals("", SpreadsheetCsv.neutralized(""));
  }

  /** The holder of each entry is the first record in table order that covers it, as a scan finds it. */
  @Test
  void holdersAreTheFirstCoveringRecordsAsAScanFindsThem() {
    Random random = new Random(7);
    List<Unnamed> records = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int first = random.nextInt(200);
      int last = first + (random.nextInt(4) == 0 ? random.nextInt(60) : 0);
      Set<Transport> transports = EnumSet.noneOf(Transport.class);
      if (random.nextBoolean()) {
        transports.add(Transport.values()[random.nextInt(Transport.values().length)]);
      }
      records.add(new Unnamed(first, last, transports, "2026-01-0" + (i % 9 + 1), "note " + i));
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int first = random.nextInt(260);
      int last = first + (random.nextInt(5) == 0 ? random.nextInt(10) : 0);
      Transport transport = random.nextInt(5) == 0 ? null : Transport.values()[random.nextInt(Transport.values().length)];
      entries.add(new Entry("s" + i, first, last, transport, "", ""));
    }
    Holders holders = new Holders(records, entries);
    int found = 0;
    for (Entry entry : entries) {
      Optional<Unnamed> scanned = records.stream().filter(record -> record.covers(entry)).findFirst();
      assertEquals(scanned, holders.of(entry), entry::toString);
      found += scanned.isPresent() ? 1 : 0;
    }
    assertTrue(found > 100 && found < 400, "the case covers both: " + found);
    assertFalse(new Holders(List.of(), entries).of(entries.get(0)).isPresent());
  }
}
