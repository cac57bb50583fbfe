using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Mirage.Api.Http;
using Mirage.Domain.Files;

namespace Mirage.Api.Files;

/// <summary>
/// Puts the configured upload cap on <see cref="FileUploadAttribute"/> actions as endpoint metadata, which
/// <see cref="RequestBodyLimit"/> honours; an attribute alone could only hold a constant.
/// </summary>
public sealed class FileUploadLimitConvention(FileSettings settings) : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        if (!action.Attributes.OfType<FileUploadAttribute>().Any())
        {
            return;
        }

        var limit = new BodySizeLimit(settings.MaxBytes + FileUploadAttribute.FormOverheadBytes, FileErrors.TooLarge(settings.MaxBytes));
        foreach (var selector in action.Selectors)
        {
            selector.EndpointMetadata.Add(limit);
        }
    }
}
