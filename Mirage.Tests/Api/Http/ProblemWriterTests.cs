using Mirage.Api.Http;
using Mirage.Domain.Common;

namespace Mirage.Tests.Api.Http;

public sealed class ProblemWriterTests
{
    [Test]
    public void StatusCodeOf_MapsEveryErrorKindToAClientError()
    {
        var statuses = Enum.GetValues<ErrorKind>().Select(ProblemWriter.StatusCodeOf);

        Assert.That(statuses, Is.All.InRange(400, 499));
    }
}
