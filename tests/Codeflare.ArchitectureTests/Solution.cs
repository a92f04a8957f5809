using System.Reflection;
using Codeflare.Audit;
using Codeflare.BuildingBlocks;
using Codeflare.Identity;
using Codeflare.Sessions;
using Codeflare.Setup;
using Codeflare.Storage;

namespace Codeflare.ArchitectureTests;

/// <summary>The assemblies the rules look at, found from one anchor type each.</summary>
internal static class Solution
{
    public static readonly Assembly BuildingBlocks = typeof(BuildingBlocksRegistration).Assembly;

    public static readonly Assembly[] Modules =
    [
        typeof(IdentityModule).Assembly, typeof(SessionsModule).Assembly, typeof(StorageModule).Assembly,
        typeof(SetupModule).Assembly, typeof(AuditModule).Assembly,
    ];

    public static readonly Assembly[] Contracts = Modules
        .Select(module => Assembly.Load(module.GetName().Name + ".Contracts"))
        .ToArray();

    public static readonly Assembly[] All = [BuildingBlocks, .. Modules, .. Contracts];

    public static IEnumerable<Type> Types(params Assembly[] assemblies) => assemblies.SelectMany(assembly => assembly.GetTypes())
        .Where(type => !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false));

    /// <summary>The shared kernel and the one door to the container engine: every module may use them.</summary>
    public static bool IsBuildingBlock(string assemblyName) => assemblyName is "Codeflare.BuildingBlocks" or "Codeflare.ContainerEngine";

    /// <summary>"Codeflare.Identity.Contracts" → "Identity".</summary>
    public static string ModuleOf(string assemblyName) => assemblyName.Split('.')[1];
}
