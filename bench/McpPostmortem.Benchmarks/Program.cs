using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot paths: `dotnet run -c Release --project bench/McpPostmortem.Benchmarks -- --filter '*'`.
// Each benchmark class lives in its own file and is picked up by the switcher.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
