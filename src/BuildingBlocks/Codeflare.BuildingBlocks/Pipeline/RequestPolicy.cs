using System.Collections.Concurrent;
using System.Reflection;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.BuildingBlocks.Pipeline;

/// <summary>What a request type declares about who may send it; exactly one declaration is required.</summary>
public sealed record RequestPolicy(bool AllowsAnonymous, bool SystemOnly, string? Permission)
{
    private static readonly ConcurrentDictionary<Type, RequestPolicy> Cache = new();

    public static RequestPolicy For(Type requestType) => Cache.GetOrAdd(requestType, Read);

    private static RequestPolicy Read(Type type)
    {
        var permission = type.GetCustomAttribute<RequiresPermissionAttribute>()?.Permission;
        var signIn = type.GetCustomAttribute<RequiresSignInAttribute>() is not null;
        var anonymous = type.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null;
        var system = type.GetCustomAttribute<SystemOnlyRequestAttribute>() is not null;
        var declared = (permission is null ? 0 : 1) + (signIn ? 1 : 0) + (anonymous ? 1 : 0) + (system ? 1 : 0);
        if (declared != 1)
            throw new InvalidOperationException(
                $"{type.Name} must declare exactly one of [RequiresPermission], [RequiresSignIn], [AllowAnonymousRequest], [SystemOnlyRequest].");
        return new RequestPolicy(anonymous, system, permission);
    }
}
