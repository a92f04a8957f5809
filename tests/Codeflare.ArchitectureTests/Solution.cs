using System.Reflection;
using Codeflare.Audit;
using Codeflare.BuildingBlocks;
using Codeflare.ContainerEngine;
using Codeflare.Identity;
using Codeflare.Sessions;
using Codeflare.Setup;
using Codeflare.Storage;

namespace Codeflare.ArchitectureTests;

/// <summary>The assemblies the rules look at, found from one anchor type each.</summary>
internal static class Solution
{
    public static readonly Assembly BuildingBlocks = typeof(BuildingBlocksRegistration).Assembly;

    /// <summary>The one door to the Docker Engine: a building block every module may use, like <see cref="BuildingBlocks"/>.</summary>
    public static readonly Assembly ContainerEngine = typeof(ContainerEngineRegistration).Assembly;

    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly Assembly[] Modules =
    [
        typeof(IdentityModule).Assembly, typeof(SessionsModule).Assembly, typeof(StorageModule).Assembly,
        typeof(SetupModule).Assembly, typeof(AuditModule).Assembly,
    ];

    public static readonly Assembly[] Contracts = Modules
        .Select(module => Assembly.Load(module.GetName().Name + ".Contracts"))
        .ToArray();

    public static readonly Assembly[] All = [BuildingBlocks, ContainerEngine, .. Modules, .. Contracts];

    /// <summary>Every assembly built from src/.</summary>
    public static readonly Assembly[] Source = [.. All, Host];

    /// <summary>Shared by every module without belonging to any.</summary>
    public static bool IsBuildingBlock(string assemblyName) =>
        assemblyName == BuildingBlocks.GetName().Name || assemblyName == ContainerEngine.GetName().Name;

    public static IEnumerable<Type> Types(params Assembly[] assemblies) => assemblies.SelectMany(assembly => assembly.GetTypes())
        .Where(type => !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false));

    /// <summary>"Codeflare.Identity.Contracts" → "Identity".</summary>
    public static string ModuleOf(string assemblyName) => assemblyName.Split('.')[1];
}
