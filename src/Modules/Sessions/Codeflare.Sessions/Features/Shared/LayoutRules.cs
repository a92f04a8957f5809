using Codeflare.Sessions.Domain;
using FluentValidation;

namespace Codeflare.Sessions.Features.Shared;

internal static class LayoutRules
{
    /// <summary>Tabs 2…6: at most five further tabs, each running a known agent.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidFurtherTabs<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(tabs => tabs is null || (tabs.Count <= 5 && tabs.All(SessionChoices.Agents.Contains)))
            .WithMessage($"Up to 5 further tabs, each one of: {string.Join(", ", SessionChoices.Agents)}.");

    public static IRuleBuilderOptions<T, string?> ValidAgent<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(agent => agent is null || SessionChoices.Agents.Contains(agent))
            .WithMessage($"The agent is one of: {string.Join(", ", SessionChoices.Agents)}.");
}
