using Codeflare.BuildingBlocks.Pipeline;
using FluentValidation;
using MediatR;

namespace Codeflare.BuildingBlocks.Tests;

public sealed class ValidationBehaviourTests
{
    internal sealed record Rename(string Name) : IRequest<string>;

    private sealed class RenameValidator : AbstractValidator<Rename>
    {
        public RenameValidator() => RuleFor(rename => rename.Name).NotEmpty().MaximumLength(5);
    }

    [Fact]
    public async Task Invalid_input_fails_with_every_field_error_and_never_reaches_the_handler()
    {
        var handlerRan = false;
        var behaviour = new ValidationBehaviour<Rename, string>([new RenameValidator()]);

        var failure = await Assert.ThrowsAsync<ValidationException>(() => behaviour.Handle(new Rename("far too long"), CancellationToken.None, () =>
        {
            handlerRan = true;
            return Task.FromResult("handled");
        }));

        Assert.Equal(nameof(Rename.Name), Assert.Single(failure.Errors).PropertyName);
        Assert.False(handlerRan);
    }

    [Fact]
    public async Task Valid_input_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<Rename, string>([new RenameValidator()]);

        Assert.Equal("handled", await behaviour.Handle(new Rename("ok"), CancellationToken.None, () => Task.FromResult("handled")));
    }
}
