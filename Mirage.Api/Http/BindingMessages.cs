using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Mirage.Api.Http;

/// <summary>Model-binding errors (a query value that is not a number, say) name fields as clients do: snake_case.</summary>
public static class BindingMessages
{
    public static void UseFieldNames(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is not a valid value for {Field(field)}");
        messages.SetValueMustBeANumberAccessor(field => $"{Field(field)} must be a number");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is not a valid value");
    }

    private static string Field(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
