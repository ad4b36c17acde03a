# Writes the postmortem MCP server into WORKSPACE/.vscode/mcp.json for VS Code (PowerShell version
# of register-vscode.sh). Keeps the other servers already in the file.
param(
    [string] $Workspace = '.',
    [switch] $FromSource,
    [string] $Command = ''
)
$ErrorActionPreference = 'Stop'

$server = if ($Command) {
    @($Command)
} elseif (-not $FromSource -and (Get-Command mcp-postmortem -ErrorAction SilentlyContinue)) {
    @('mcp-postmortem')
} else {
    @('pwsh', '-NoProfile', '-File', (Join-Path $PSScriptRoot 'run-server.ps1'))
}
# An if-expression unwraps a one-element array; keep it an array of arguments.
$server = @($server)

$folder = Join-Path $Workspace '.vscode'
New-Item -ItemType Directory -Force -Path $folder | Out-Null
$path = Join-Path $folder 'mcp.json'
$entry = [ordered]@{ type = 'stdio'; command = $server[0]; args = @($server | Select-Object -Skip 1) }
$byHand = "Add this under `"servers`" in ${path}: `"postmortem`": $($entry | ConvertTo-Json -Compress)"
$text = if (Test-Path $path) { Get-Content -Raw $path } else { '' }
$config = @{}
if ($text -and $text.Trim()) {
    try {
        # Strict JSON only: VS Code's files are JSONC, and rewriting one would drop its comments.
        $null = [System.Text.Json.JsonDocument]::Parse($text)
        $config = $text | ConvertFrom-Json -AsHashtable
    } catch {
        [Console]::Error.WriteLine("$path is not plain JSON (it may have comments or trailing commas, " +
            "which this script would lose). Use register-vscode.sh with python3, or add the server yourself.")
        [Console]::Error.WriteLine($byHand)
        exit 1
    }
    if ($config -isnot [System.Collections.IDictionary]) {
        [Console]::Error.WriteLine("$path does not hold a JSON object; fix it or add the server yourself.")
        [Console]::Error.WriteLine($byHand)
        exit 1
    }
}

if (-not $config.ContainsKey('servers')) { $config['servers'] = @{} }
$config['servers']['postmortem'] = $entry
$config | ConvertTo-Json -Depth 10 | Set-Content -Path $path -Encoding utf8
Write-Output "Wrote 'postmortem' to ${path}: $($server -join ' ')"
