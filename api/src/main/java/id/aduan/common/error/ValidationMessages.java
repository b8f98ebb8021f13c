package id.aduan.common.error;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.inject.Singleton;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Constraint annotations name their message by key ({@code message = "{validation.required}"}),
 * from the same bundle as every other error text: the validator writes it in English, with the
 * constraint's attributes in its placeholders, and ProblemMapper renders it again in the caller's
 * language. Templates that name no key (the validator's own defaults) are left to the validator.
 */
@Singleton
public class ValidationMessages implements ValidatorFactoryCustomizer {
  @Override
  public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
    configuration.messageInterpolator(new Keyed(configuration.getDefaultMessageInterpolator()));
  }

  private record Keyed(MessageInterpolator fallback) implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      Msg msg = Localizer.keyOf(template, context.getConstraintDescriptor().getAttributes());
      return msg == null ? fallback.interpolate(template, context) : Localizer.english(msg);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      Msg msg = Localizer.keyOf(template, context.getConstraintDescriptor().getAttributes());
      return msg == null ? fallback.interpolate(template, context, locale) : Localizer.english(msg);
    }
  }
}
