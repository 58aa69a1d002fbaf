package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.SignedIn;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands a handler the signed-in reader: an unannotated {@code AccountId} parameter is the account
 * signed in (on a page {@link SignedInPages} declares, so one is there), an {@code
 * Optional<AccountId>} one is the account if someone is signed in.
 */
@Configuration
class SignedInAccount implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return !parameter.hasParameterAnnotations()
                && (parameter.getParameterType() == AccountId.class || isOptionalAccount(parameter));
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Optional<AccountId> account = SignedIn.account();
        if (isOptionalAccount(parameter)) {
            return account;
        }
        // the security chain's entry point answers this: the log-in page
        return account.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no one is signed in"));
    }

    private static boolean isOptionalAccount(MethodParameter parameter) {
        return parameter.getParameterType() == Optional.class
                && ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve() == AccountId.class;
    }
}
