using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot paths (lint, render, timeline insert, save), allocations included:
// `dotnet run -c Release --project bench/McpPostmortem.Benchmarks -- --filter "*" --job short --inProcess`
// (--inProcess skips the generated child project, whose build can time out on a busy machine).
// Each benchmark class lives in its own file and is picked up by the switcher. The folder analysis
// (10,000 generated postmortems, minutes per run) has its own command: `bash bench/run.sh folder`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
