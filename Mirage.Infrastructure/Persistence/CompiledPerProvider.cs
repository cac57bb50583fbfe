using System.Collections.Concurrent;

namespace Mirage.Infrastructure.Persistence;

/// <summary>
/// One compiled query per database provider. EF Core binds a compiled query to the model of the first
/// context it runs on, and each provider has its own context type and model; a process normally uses
/// one provider, but the tests run both in one process.
/// </summary>
public sealed class CompiledPerProvider<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContextType = new();

    // Every query of a request passes here: the factory takes the compiler as an argument, so a look-up allocates no closure.
    public TQuery For(MirageDbContext db) => _byContextType.GetOrAdd(db.GetType(), static (_, compile) => compile(), compile);
}
