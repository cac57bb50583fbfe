using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Mirage.Domain.Users;

namespace Mirage.Infrastructure.Persistence.Users;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasColumnName("id");
        builder.Property(u => u.Username).HasColumnName("username").HasMaxLength(User.UsernameMaxLength);
        builder.Property(u => u.NormalizedUsername).HasColumnName("normalized_username").HasMaxLength(User.UsernameMaxLength);
        builder.Property(u => u.Email).HasColumnName("email").HasMaxLength(User.EmailMaxLength);
        builder.Property(u => u.NormalizedEmail).HasColumnName("normalized_email").HasMaxLength(User.EmailMaxLength);
        builder.Property(u => u.PasswordHash).HasColumnName("password_hash").HasMaxLength(User.PasswordHashMaxLength);
        builder.Property(u => u.AvatarUrl).HasColumnName("avatar_url").HasMaxLength(User.UrlMaxLength);
        builder.Property(u => u.Description).HasColumnName("description").HasMaxLength(User.DescriptionMaxLength);
        builder.Property(u => u.CustomCss).HasColumnName("custom_css").HasMaxLength(User.CustomCssStoredMaxLength);
        builder.Property(u => u.CustomCssScoped).HasColumnName("custom_css_scoped").HasMaxLength(User.CustomCssStoredMaxLength);
        builder.Property(u => u.BackgroundImage).HasColumnName("background_image").HasMaxLength(User.UrlMaxLength);
        builder.Property(u => u.CreatedAt).HasColumnName("created_at");
        builder.Property(u => u.FailedLoginCount).HasColumnName("failed_login_count");
        builder.Property(u => u.LockedUntil).HasColumnName("locked_until");

        builder.HasIndex(u => u.NormalizedUsername).IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();

        builder.HasOne(u => u.Stats)
            .WithOne()
            .HasForeignKey<UserStats>(UserStatsConfiguration.UserId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Stats).IsRequired();
    }
}
