package dev.parley.cli;
// TEMPORARY STUB, replaced after feat/score merges
@picocli.CommandLine.Command(name = "score")
final class ScoreCommand implements java.util.concurrent.Callable<Integer> { public Integer call() { return 0; } }
