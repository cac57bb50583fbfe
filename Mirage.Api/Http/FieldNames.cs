using System.Text.Json;
using FluentValidation;

namespace Mirage.Api.Http;

/// <summary>Validation errors name fields as the JSON does (<c>avatar_url</c>, not <c>AvatarUrl</c>).</summary>
public static class FieldNames
{
    /// <summary>Sets FluentValidation's process-wide property-name resolver; idempotent.</summary>
    public static void UseSnakeCase() =>
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
}
