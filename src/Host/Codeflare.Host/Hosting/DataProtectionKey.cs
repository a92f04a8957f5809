namespace Codeflare.Host.Hosting;

internal sealed record DataProtectionKey(string Id, string Xml);
