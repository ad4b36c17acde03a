# Registers the postmortem MCP server with Claude Code (PowerShell version of
# register-claude-code.sh). Uses the installed mcp-postmortem tool, or this repository's source
# through run-server.ps1 when no tool is installed.
param(
    [ValidateSet('local', 'user', 'project')] [string] $Scope = 'user',
    [switch] $FromSource,
    [string] $Command = ''
)
$ErrorActionPreference = 'Stop'

$installed = (Get-Command mcp-postmortem -ErrorAction SilentlyContinue) -or
    (Test-Path (Join-Path $HOME '.dotnet/tools/mcp-postmortem*'))
if ($Scope -eq 'project' -and -not $Command) {
    # The project's .mcp.json travels to every teammate: only the command name works everywhere.
    if ($FromSource) {
        Write-Error ('-FromSource registers a script path on this machine, which teammates do not have; ' +
            'use -Scope local or user for that.')
    }
    if (-not $installed) {
        Write-Error ('-Scope project registers the command mcp-postmortem for the whole team, and it is not ' +
            "installed here. Install it first (each teammate does the same): pwsh $PSScriptRoot/install-tool.ps1, " +
            'or pass -Command mcp-postmortem to register the name anyway.')
    }
}

$server = if ($Command) {
    @($Command)
} elseif (-not $FromSource -and $installed) {
    @('mcp-postmortem')
} else {
    @('pwsh', '-NoProfile', '-File', (Join-Path $PSScriptRoot 'run-server.ps1'))
}
# An if-expression unwraps a one-element array; keep it an array of arguments.
$server = @($server)

if (-not (Get-Command claude -ErrorAction SilentlyContinue)) {
    Write-Error "Claude Code (claude) is not on PATH. Register the server yourself with: claude mcp add --transport stdio --scope $Scope postmortem -- $($server -join ' ')"
}

claude mcp remove --scope $Scope postmortem 2>$null | Out-Null
claude mcp add --transport stdio --scope $Scope postmortem -- @server
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Output "Registered 'postmortem' with Claude Code ($Scope scope): $($server -join ' ')"
