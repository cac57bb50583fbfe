using Microsoft.EntityFrameworkCore;
using Mirage.Domain.Profiles;
using Mirage.Infrastructure.Css;

namespace Mirage.Infrastructure.Persistence.Profiles;

/// <summary>
/// Gives custom CSS saved before Mirage kept two forms (only the scoped one, in <c>custom_css</c>) both forms,
/// as if the person had saved it again: runs at start-up after the migrations, and finds nothing to do once done.
/// Safe with several servers starting at once: a row is written only while it still lacks its scoped form.
/// </summary>
public sealed class CustomCssBackfill(MirageDbContext db, ICssSanitizer sanitizer)
{
    private const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.Users.AsNoTracking()
                .Where(u => u.CustomCss != null && u.CustomCssScoped == null)
                .OrderBy(u => u.Id)
                .Select(u => new { u.Id, u.CustomCss })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                var css = sanitizer.Sanitize(ScopedCssReader.Unscope(row.CustomCss!));
                var empty = css.Css.Length == 0;
                await db.Users
                    .Where(u => u.Id == row.Id && u.CustomCss == row.CustomCss && u.CustomCssScoped == null)
                    .ExecuteUpdateAsync(
                        set => set
                            .SetProperty(u => u.CustomCss, empty ? null : css.Css)
                            .SetProperty(u => u.CustomCssScoped, empty ? null : css.Scoped),
                        cancellationToken);
            }

            done += batch.Count;
            if (batch.Count < BatchSize)
            {
                return done;
            }
        }
    }
}
