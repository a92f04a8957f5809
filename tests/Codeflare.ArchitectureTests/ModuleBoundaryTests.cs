namespace Codeflare.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Modules_reference_other_modules_only_through_contracts()
    {
        var offences = Solution.Modules.Concat(Solution.Contracts)
            .SelectMany(assembly => assembly.GetReferencedAssemblies()
                .Where(reference => reference.Name!.StartsWith("Codeflare.") && !Solution.IsBuildingBlock(reference.Name))
                .Where(reference => Solution.ModuleOf(reference.Name!) != Solution.ModuleOf(assembly.GetName().Name!))
                .Where(reference => !reference.Name!.EndsWith(".Contracts"))
                .Select(reference => $"{assembly.GetName().Name} → {reference.Name}"));

        Assert.Empty(offences);
    }

    [Fact]
    public void Contracts_depend_on_nothing_but_the_building_blocks_and_other_contracts()
    {
        var offences = Solution.Contracts
            .SelectMany(assembly => assembly.GetReferencedAssemblies()
                .Where(reference => reference.Name!.StartsWith("Codeflare.") && reference.Name != "Codeflare.BuildingBlocks")
                .Where(reference => !reference.Name!.EndsWith(".Contracts"))
                .Select(reference => $"{assembly.GetName().Name} → {reference.Name}"));

        Assert.Empty(offences);
    }

    [Fact]
    public void A_module_shows_nothing_public_but_its_entry_point()
    {
        var offences = Solution.Types(Solution.Modules)
            .Where(type => type.IsVisible)
            .Where(type => type.Name != Solution.ModuleOf(type.Assembly.GetName().Name!) + "Module")
            .Select(type => type.FullName);

        Assert.Empty(offences);
    }

    [Fact]
    public void Each_module_has_one_Add_and_one_Map_method()
    {
        foreach (var module in Solution.Modules)
        {
            var name = Solution.ModuleOf(module.GetName().Name!);
            var entry = module.GetType($"Codeflare.{name}.{name}Module", throwOnError: true)!;

            Assert.NotNull(entry.GetMethod($"Add{name}Module"));
            Assert.NotNull(entry.GetMethod($"Map{name}Module"));
        }
    }
}
