package org.malaff.cli;

import java.util.ArrayList;
import java.util.List;
import org.malaff.ingest.FetchPolicy;
import picocli.CommandLine.Option;

/** The {@code --allow HOST[:PORT]} option of the commands that fetch, and the fetch policy it makes. */
final class AllowedHosts {
  @Option(names = "--allow", paramLabel = "HOST[:PORT]",
      description = "reach this host although it is loopback, private or link-local (an intranet site or feed; tests)")
  List<String> hosts = new ArrayList<>();

  FetchPolicy policy() {
    FetchPolicy policy = FetchPolicy.defaults();
    for (String host : hosts) {
      policy = policy.allowing(host);
    }
    return policy;
  }
}
