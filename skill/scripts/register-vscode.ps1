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
$config = if ((Test-Path $path) -and (Get-Item $path).Length -gt 0) {
    Get-Content -Raw $path | ConvertFrom-Json -AsHashtable
} else {
    @{}
}

if (-not $config.ContainsKey('servers')) { $config['servers'] = @{} }
$config['servers']['postmortem'] = [ordered]@{
    type = 'stdio'
    command = $server[0]
    args = @($server | Select-Object -Skip 1)
}
$config | ConvertTo-Json -Depth 10 | Set-Content -Path $path -Encoding utf8
Write-Output "Wrote 'postmortem' to ${path}: $($server -join ' ')"
