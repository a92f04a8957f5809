using Xunit.Abstractions;
using Xunit.Sdk;

namespace Codeflare.E2E.Tests;

/// <summary>Journeys in the order of their <see cref="StepAttribute"/>: the first-run setup must meet an instance with no admin.</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string Name = "Codeflare.E2E.Tests.StepOrderer";
    public const string Assembly = "Codeflare.E2E.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(testCase => testCase.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName)
            .FirstOrDefault()?.GetNamedArgument<int>(nameof(StepAttribute.Number)) ?? int.MaxValue);
}
