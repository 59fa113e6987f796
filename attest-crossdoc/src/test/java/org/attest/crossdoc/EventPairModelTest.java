package org.attest.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventPairModelTest {

  @Test
  void theFileRoundTripsByteForByteAndScoresLogOdds() {
    EventPairModel m = new EventPairModel("test-lr", -1.5, Map.of("lemma", 2.0, "report.alike", 3.0));
    EventPairModel back = EventPairModel.read("mem", m.toBytes());
    assertThat(back.toBytes()).isEqualTo(m.toBytes());
    assertThat(back.name()).isEqualTo("test-lr");
    assertThat(back.sha256()).isEqualTo(m.sha256()).hasSize(64);
    assertThat(back.score(Map.of("lemma", 1.0, "report.alike", 0.5, "unknown", 9.0))).isEqualTo(2.0);
  }

  @Test
  void theShippedModelLoadsFromTheClasspath() {
    EventPairModel m = EventPairModel.shipped();
    assertThat(m.name()).isNotBlank();
    assertThat(m.weights()).containsKey("lemma");
    assertThat(m.toString()).contains(m.sha256().substring(0, 16));
  }

  @Test
  void aFileInAnotherFormatIsRefusedInOneLine() {
    assertThatThrownBy(() -> EventPairModel.read("x.tsv", "hello\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("x.tsv: not an attest-event-pair/1 model");
  }
}
