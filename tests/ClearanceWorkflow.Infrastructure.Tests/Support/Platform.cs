// The Bicep CLI these tests run is the package's linux-x64 build, as on the project's machines and CI.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
