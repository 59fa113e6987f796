package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlCommandTest {

  private static final String DOC = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TimeML><DOCID>d</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2011-10-03" functionInDocument="CREATION_TIME">2011-10-03</TIMEX3></DCT>
      <TEXT>Sales fell in <TIMEX3 tid="t1" type="DATE" value="2011-01">January</TIMEX3> and will rise <TIMEX3 tid="t2" type="DATE" value="2012">next year</TIMEX3>.</TEXT>
      </TimeML>
      """;

  @Test
  void tagsADirectoryAndScoresItAgainstTheGold(@TempDir Path tmp) throws Exception {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Files.writeString(gold.resolve("d.tml"), DOC);
    Files.writeString(gold.resolve("broken.tml"), "<TimeML><TEXT>oops");
    Path out = tmp.resolve("out");
    assertThat(AttestCommand.run("timeml", gold.toString(), out.toString())).isZero();
    String written = Files.readString(out.resolve("d.tml"));
    assertThat(written).contains(">January</TIMEX3>").contains("value=\"2012\"");
    assertThat(out.resolve("broken.tml")).doesNotExist();
    assertThat(AttestCommand.run("eval", "timeml", gold.toString(), out.toString())).isZero();
  }

  @Test
  void aMissingDirectoryIsAnError(@TempDir Path tmp) {
    assertThat(AttestCommand.run("timeml", tmp.resolve("nope").toString(), tmp.resolve("out").toString())).isEqualTo(1);
    assertThat(AttestCommand.run("eval", "timeml", tmp.resolve("nope").toString(), tmp.toString())).isEqualTo(1);
    assertThat(AttestCommand.run("timeml", "--engine", "heideltime", tmp.toString(), tmp.resolve("o").toString())).isEqualTo(1);
  }
}
