# Builds the mcp-postmortem .NET tool package from this repository and installs it (PowerShell
# version of install-tool.sh), so clients start the command mcp-postmortem at once instead of
# building on first start. Run it once before registering the server or installing the Claude Code
# plugin, and again after pulling a new version. Needs the .NET 10 SDK.
#   -Native          the Native AOT package for this machine (faster start; needs the C++ build tools)
#   -ToolPath DIR    install into DIR instead of ~/.dotnet/tools
param(
    [switch] $Native,
    [string] $ToolPath = ''
)
$ErrorActionPreference = 'Stop'

$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
$project = Join-Path $root 'src/McpPostmortem/McpPostmortem.csproj'
if (-not (Test-Path $project)) { Write-Error "No source at ${project}: run this from a clone of the repository." }
if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) { Write-Error 'The .NET 10 SDK is needed; dotnet is not on PATH.' }

$version = ([xml](Get-Content (Join-Path $root 'Directory.Build.props'))).Project.PropertyGroup.Version |
    Where-Object { $_ } | Select-Object -First 1
$packages = Join-Path $root 'artifacts/packages'
New-Item -ItemType Directory -Force -Path $packages | Out-Null
Get-ChildItem $packages -Filter "McpPostmortem*.$version.nupkg" | Remove-Item

if ($Native) {
    $arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    $rid = "$os-$arch"
    $package = 'McpPostmortem.Native'
    Write-Output "Packing $package $version for $rid (Native AOT; a few minutes)..."
    dotnet pack $project -c Release -p:PostmortemNative=true -o $packages -nologo -v quiet
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    dotnet pack $project -c Release -r $rid -p:PostmortemNative=true -o $packages -nologo -v quiet
} else {
    $package = 'McpPostmortem'
    Write-Output "Packing $package $version (framework-dependent: runs wherever .NET 10 runs)..."
    dotnet pack $project -c Release -o $packages -nologo -v quiet
}
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

$where = if ($ToolPath) { @('--tool-path', $ToolPath) } else { @('--global') }
# Both packages install the command mcp-postmortem, and a rebuilt package keeps its version number.
foreach ($installed in 'McpPostmortem', 'McpPostmortem.Native') {
    dotnet tool uninstall @where $installed 2>$null | Out-Null
}
$global:LASTEXITCODE = 0

# --source replaces the configured feeds: the package comes from this folder, with no network.
dotnet tool install @where --source $packages $package --version $version
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$folder = if ($ToolPath) { $ToolPath } else { Join-Path $HOME '.dotnet/tools' }
Write-Output "Installed $package ${version}: $(Join-Path $folder 'mcp-postmortem')"
