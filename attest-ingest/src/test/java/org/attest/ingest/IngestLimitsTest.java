package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limits' two derivations: the command line's --max-bytes and the web desk's caps on uploads. */
class IngestLimitsTest {

  @Test
  void theDesksCapsLowerTheUploadLimitsAndNeverFollowLinks() {
    IngestLimits capped = IngestLimits.UPLOADS.atMost(1000, Long.MAX_VALUE);
    assertThat(capped.maxDocumentBytes()).isEqualTo(1000);
    assertThat(capped.maxContainerBytes()).isEqualTo(IngestLimits.DEFAULT.maxContainerBytes());
    assertThat(capped.followLocalLinks()).isFalse();
    assertThat(IngestLimits.UPLOADS.atMost(Long.MAX_VALUE, 5000).maxContainerBytes()).isEqualTo(5000);
    assertThat(IngestLimits.UPLOADS.atMost(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(IngestLimits.UPLOADS);
  }

  @Test
  void aLargerDocumentLimitRaisesTheFeedLimitWithIt() {
    assertThat(IngestLimits.ofDocumentBytes(10)).isEqualTo(new IngestLimits(10, IngestLimits.DEFAULT.maxContainerBytes()));
    long huge = 1L << 40;
    assertThat(IngestLimits.ofDocumentBytes(huge).maxContainerBytes()).isEqualTo(huge);
    assertThat(IngestLimits.ofDocumentBytes(10).followLocalLinks()).isTrue();
  }
}
