"""Recording fake upstreams and the leak metric, for tests, benchmarks and evaluation."""
