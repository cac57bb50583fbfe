using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Mirage.Api.Files;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;
using Mirage.Domain.Files;

namespace Mirage.Api.Setup;

/// <summary>Controllers, JSON, validation, mapping and the OpenAPI document.</summary>
public static class MvcServices
{
    public static IServiceCollection AddMirageMvc(this IServiceCollection services)
    {
        services.AddControllers(options =>
            {
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                BindingMessages.UseFieldNames(options.ModelBindingMessageProvider);

                // JSON is UTF-8 (RFC 8259); other charsets are refused with 415 rather than half-decoded.
                foreach (var formatter in options.InputFormatters.OfType<SystemTextJsonInputFormatter>())
                {
                    foreach (var encoding in formatter.SupportedEncodings.Where(e => e.CodePage != Encoding.UTF8.CodePage).ToList())
                    {
                        formatter.SupportedEncodings.Remove(encoding);
                    }
                }
            })
            .AddJsonOptions(options =>
            {
                options.AllowInputFormatterExceptionMessages = false;
                JsonConventions.Apply(options.JsonSerializerOptions);
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = InvalidRequestResponse.Create);
        services.ConfigureHttpJsonOptions(options => JsonConventions.Apply(options.SerializerOptions));

        // Validation is FluentValidation's alone (no DataAnnotations attributes anywhere), so MVC need not look for them.
        services.AddFluentValidationAutoValidation(options => options.DisableDataAnnotationsValidation = true);
        // Validators hold no state: one of each for the process, not one built (rules and all) per request.
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        services.AddAutoMapper(_ => { }, typeof(Program));
        services.AddOptions<MvcOptions>().Configure<FileSettings>((mvc, files) => mvc.Conventions.Add(new FileUploadLimitConvention(files)));
        services.AddMirageOpenApi();
        return services;
    }
}
