using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Codeflare.ArchitectureTests;

/// <summary>
/// Names of the types, members and signatures an assembly's metadata mentions, each qualified with the assembly it
/// comes from (<c>[Docker.DotNet]Docker.DotNet.IDockerClient</c>), read from the file without loading it.
/// </summary>
internal sealed class MetadataNames(MetadataReader metadata) : ISignatureTypeProvider<string, object?>
{
    public string Of(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeReference => GetTypeFromReference(metadata, (TypeReferenceHandle)handle, 0),
        HandleKind.TypeDefinition => GetTypeFromDefinition(metadata, (TypeDefinitionHandle)handle, 0),
        HandleKind.TypeSpecification => metadata.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
        HandleKind.MemberReference => OfMember(metadata.GetMemberReference((MemberReferenceHandle)handle)),
        HandleKind.MethodSpecification => OfMethodSpecification(metadata.GetMethodSpecification((MethodSpecificationHandle)handle)),
        HandleKind.StandaloneSignature => OfStandalone(metadata.GetStandaloneSignature((StandaloneSignatureHandle)handle)),
        HandleKind.MethodDefinition => OfMethod(metadata.GetMethodDefinition((MethodDefinitionHandle)handle)),
        HandleKind.FieldDefinition => metadata.GetFieldDefinition((FieldDefinitionHandle)handle).DecodeSignature(this, null),
        _ => "",
    };

    public string OfMethod(MethodDefinition method) => Join(method.DecodeSignature(this, null));

    public string OfStandalone(StandaloneSignature signature) => signature.GetKind() == StandaloneSignatureKind.LocalVariables
        ? string.Join(", ", signature.DecodeLocalSignature(this, null))
        : Join(signature.DecodeMethodSignature(this, null));

    private string OfMember(MemberReference member)
    {
        var signature = member.GetKind() == MemberReferenceKind.Method
            ? Join(member.DecodeMethodSignature(this, null))
            : member.DecodeFieldSignature(this, null);
        var parent = member.Parent.Kind is HandleKind.ModuleReference ? "" : Of(member.Parent);
        return $"{parent}::{metadata.GetString(member.Name)} {signature}";
    }

    private string OfMethodSpecification(MethodSpecification specification) =>
        $"{Of(specification.Method)}<{string.Join(", ", specification.DecodeSignature(this, null))}>";

    private static string Join(MethodSignature<string> signature) => $"{signature.ReturnType}({string.Join(", ", signature.ParameterTypes)})";

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Namespace) is { Length: > 0 } ns ? $"{ns}.{reader.GetString(type.Name)}" : reader.GetString(type.Name);
        return type.ResolutionScope.Kind switch
        {
            HandleKind.AssemblyReference => $"[{reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name)}]{name}",
            HandleKind.TypeReference => $"{GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, 0)}/{name}",
            _ => name,
        };
    }

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Namespace) is { Length: > 0 } ns ? $"{ns}.{reader.GetString(type.Name)}" : reader.GetString(type.Name);
        return type.GetDeclaringType() is { IsNil: false } declaring ? $"{GetTypeFromDefinition(reader, declaring, 0)}/{name}" : name;
    }

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => $"{genericType}<{string.Join(", ", typeArguments)}>";
    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
    public string GetSZArrayType(string elementType) => elementType + "[]";
    public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";
    public string GetByReferenceType(string elementType) => elementType + "&";
    public string GetPointerType(string elementType) => elementType + "*";
    public string GetPinnedType(string elementType) => elementType;
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => $"{unmodifiedType} modifier({modifier})";
    public string GetFunctionPointerType(MethodSignature<string> signature) => "method " + Join(signature);
    public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;
    public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;
}
