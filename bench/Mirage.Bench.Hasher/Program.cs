// The password hasher's raw capacity: verifies per second of one IdentityPasswordHasher hash, on one
// thread per core, for about <seconds> seconds. No HTTP, no database: the ceiling for POST /api/login.
// Usage: Mirage.Bench.Hasher <iterations> [seconds]. Prints verifies/s alone on stdout.
using System.Diagnostics;
using System.Globalization;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;

if (args.Length is < 1 or > 2
    || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var iterations)
    || !double.TryParse(args.ElementAtOrDefault(1) ?? "5", CultureInfo.InvariantCulture, out var seconds))
{
    Console.Error.WriteLine("usage: Mirage.Bench.Hasher <iterations> [seconds]");
    return 2;
}

const string Password = "correct horse battery";
var hasher = new IdentityPasswordHasher(iterations);
var hash = hasher.Hash(Password);
if (hasher.Verify(hash, Password) != PasswordCheck.Success)
{
    Console.Error.WriteLine("the hasher refused its own hash");
    return 1;
}

var cores = Environment.ProcessorCount;
var counts = new long[cores];
var stopwatch = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(seconds);
var threads = Enumerable.Range(0, cores).Select(core => new Thread(() =>
{
    // Each thread finishes the verify it started, so the last one may end a little after the deadline.
    while (stopwatch.Elapsed < deadline)
    {
        hasher.Verify(hash, Password);
        counts[core]++;
    }
})).ToList();
threads.ForEach(thread => thread.Start());
threads.ForEach(thread => thread.Join());
var elapsed = stopwatch.Elapsed.TotalSeconds;

var verifies = counts.Sum();
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"hasher: {verifies} verifies in {elapsed:F2} s on {cores} threads at {iterations} iterations"));
Console.WriteLine((verifies / elapsed).ToString("F2", CultureInfo.InvariantCulture));
return 0;
