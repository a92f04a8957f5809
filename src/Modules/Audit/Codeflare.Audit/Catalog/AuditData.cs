using System.Text.Json;
using System.Text.Json.Nodes;
using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Audit.Catalog;

/// <summary>An event's data as an auditor may see it: recorded fields as they are, secrets as "changed", the rest left out.</summary>
internal static class AuditData
{
    public const string Changed = "changed";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static JsonObject Of(object data, AuditEventDescription? description)
    {
        var shown = new JsonObject();
        if (description is null || JsonSerializer.SerializeToNode(data, data.GetType(), Json) is not JsonObject fields) return shown;
        foreach (var (field, policy) in description.Fields)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(field);
            if (policy == FieldPolicy.Secret) shown[name] = Changed;
            else if (policy == FieldPolicy.Recorded && fields.TryGetPropertyValue(name, out var value)) shown[name] = value?.DeepClone();
        }
        return shown;
    }
}
