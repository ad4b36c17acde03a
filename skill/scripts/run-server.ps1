# Starts the mcp-postmortem MCP server over stdio (PowerShell version of run-server.sh).
# Uses the installed .NET tool when there is one; otherwise builds this repository's source once
# (and again after a source change) and runs the built binary. stdout carries the MCP protocol, so
# everything this script says goes to stderr.
$ErrorActionPreference = 'Stop'

$installed = Get-Command mcp-postmortem -ErrorAction SilentlyContinue
if ($installed) {
    & $installed.Source @args
    exit $LASTEXITCODE
}

$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
$project = Join-Path $root 'src/McpPostmortem/McpPostmortem.csproj'
if (-not (Test-Path $project)) {
    [Console]::Error.WriteLine("mcp-postmortem is not installed and no source was found at $project.")
    [Console]::Error.WriteLine('Install it from a clone of the repository: pwsh skill/scripts/install-tool.ps1')
    exit 127
}

$out = Join-Path $root 'artifacts/run-server'
$binary = Join-Path $out (($IsWindows -or $env:OS -eq 'Windows_NT') ? 'mcp-postmortem.exe' : 'mcp-postmortem')
$stale = -not (Test-Path $binary)
if (-not $stale) {
    $built = (Get-Item $binary).LastWriteTimeUtc
    $stale = [bool](Get-ChildItem -Path (Join-Path $root 'src') -Recurse -File -Include *.cs, *.csproj, *.scriban, *.json |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' -and $_.LastWriteTimeUtc -gt $built } |
        Select-Object -First 1)
}

if ($stale) {
    [Console]::Error.WriteLine("Building mcp-postmortem from $root (first start or changed source)...")
    dotnet build $project -c Release -o $out -nologo -v quiet | ForEach-Object { [Console]::Error.WriteLine($_) }
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    (Get-Item $binary).LastWriteTimeUtc = [DateTime]::UtcNow
}

& $binary @args
exit $LASTEXITCODE
