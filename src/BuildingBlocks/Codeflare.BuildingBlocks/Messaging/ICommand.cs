using MediatR;

namespace Codeflare.BuildingBlocks.Messaging;

/// <summary>Marks state changes for the pipeline, whatever their result type.</summary>
public interface IBaseCommand;

/// <summary>A state change. The pipeline saves the Marten session after the outermost command's handler.</summary>
public interface ICommand<out TResult> : IRequest<TResult>, IBaseCommand;
