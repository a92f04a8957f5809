using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Codeflare.Host.Hosting;

/// <summary>
/// Data Protection keys live in PostgreSQL, so cookies survive restarts and every host of a
/// multi-host deployment can read the others' cookies (SPEC §12).
/// </summary>
internal sealed class MartenXmlRepository(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var querySession = store.QuerySession();
        // IXmlRepository is synchronous by contract and the key ring is cached, so blocking here is rare and brief.
        var keys = querySession.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return keys.Select(key => XElement.Parse(key.Xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var documentSession = store.LightweightSession();
        documentSession.Store(new DataProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
        documentSession.SaveChangesAsync().GetAwaiter().GetResult();
    }
}
