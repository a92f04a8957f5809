using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Codeflare.ArchitectureTests;

/// <summary>
/// Where an assembly talks to the Docker engine other than through the gateway: each top-level type whose fields,
/// signatures, locals, catch clauses or IL mention Docker.DotNet, a Unix socket endpoint, or the string "docker.sock".
/// </summary>
internal static class EngineReferences
{
    public const string DockerDotNet = "Docker.DotNet";

    private static readonly Dictionary<short, OperandType> OpCodeOperands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value, code => code.OperandType);

    /// <summary>"Type: what it touches" lines, plus one for an assembly reference no type explains.</summary>
    public static IReadOnlyList<string> In(Assembly assembly)
    {
        using var file = File.OpenRead(assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var names = new MetadataNames(metadata);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var owner = names.GetTypeFromDefinition(metadata, Outermost(metadata, handle), 0);
            foreach (var mention in Mentions(metadata, pe, names, metadata.GetTypeDefinition(handle)))
                if (Touches(mention) is { } what) found.Add($"{owner}: {what}");
        }
        var referencesDocker = metadata.AssemblyReferences.Any(reference => metadata.GetString(metadata.GetAssemblyReference(reference).Name) == DockerDotNet);
        if (referencesDocker && !found.Any(line => line.EndsWith(DockerDotNet))) found.Add($"{assembly.GetName().Name}: references {DockerDotNet}");
        return found.ToList();
    }

    private static string? Touches(string mention) =>
        mention.Contains($"[{DockerDotNet}]") ? DockerDotNet
        : mention.Contains("System.Net.Sockets.UnixDomainSocketEndPoint") ? "UnixDomainSocketEndPoint"
        : mention.Contains("docker.sock", StringComparison.OrdinalIgnoreCase) ? "\"docker.sock\""
        : null;

    private static IEnumerable<string> Mentions(MetadataReader metadata, PEReader pe, MetadataNames names, TypeDefinition type)
    {
        if (!type.BaseType.IsNil) yield return names.Of(type.BaseType);
        foreach (var implementation in type.GetInterfaceImplementations()) yield return names.Of(metadata.GetInterfaceImplementation(implementation).Interface);
        foreach (var field in type.GetFields()) yield return metadata.GetFieldDefinition(field).DecodeSignature(names, null);
        foreach (var handle in type.GetMethods())
        {
            var method = metadata.GetMethodDefinition(handle);
            yield return names.OfMethod(method);
            if (method.RelativeVirtualAddress == 0) continue;
            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil) yield return names.OfStandalone(metadata.GetStandaloneSignature(body.LocalSignature));
            foreach (var region in body.ExceptionRegions)
                if (!region.CatchType.IsNil) yield return names.Of(region.CatchType);
            foreach (var mention in InstructionOperands(metadata, names, body.GetILReader())) yield return mention;
        }
    }

    /// <summary>The types, members, signatures and strings the method's instructions name.</summary>
    private static List<string> InstructionOperands(MetadataReader metadata, MetadataNames names, BlobReader il)
    {
        var operands = new List<string>();
        while (il.RemainingBytes > 0)
        {
            var first = il.ReadByte();
            var value = first == 0xFE ? unchecked((short)(0xFE00 | il.ReadByte())) : first;
            var operand = OpCodeOperands[value];
            switch (operand)
            {
                case OperandType.InlineString:
                    operands.Add(metadata.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF)));
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineSig or OperandType.InlineTok or OperandType.InlineType:
                    operands.Add(names.Of(MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += targets * 4;
                    break;
                default:
                    il.Offset += operand switch
                    {
                        OperandType.InlineNone => 0,
                        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                        OperandType.InlineVar => 2,
                        OperandType.InlineI8 or OperandType.InlineR => 8,
                        _ => 4,
                    };
                    break;
            }
        }
        return operands;
    }

    /// <summary>Lambdas, async state machines and iterators are nested types: they count as the type that wrote them.</summary>
    private static TypeDefinitionHandle Outermost(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        while (metadata.GetTypeDefinition(handle).GetDeclaringType() is { IsNil: false } declaring) handle = declaring;
        return handle;
    }
}
