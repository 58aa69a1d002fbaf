-- Editions are language sites; the four below ship with Tribune and can be changed by admins later.
create table edition (
    code             varchar(8)   not null primary key,
    language_tag     varchar(16)  not null,
    name             varchar(100) not null,
    site_name        varchar(100) not null,
    time_zone        varchar(64)  not null,
    direction        varchar(3)   not null,
    dateline_pattern varchar(64)  not null,
    position         integer      not null,
    host_name        varchar(255)
);

insert into edition (code, language_tag, name, site_name, time_zone, direction, dateline_pattern, position)
values ('en', 'en', 'English', 'Tribune', 'Europe/London', 'ltr', 'dd.MM.yyyy HH:mm', 1),
       ('ru', 'ru', 'Русский', 'Трибуна', 'Europe/Moscow', 'ltr', 'dd.MM.yyyy HH:mm', 2),
       ('es', 'es', 'Español', 'Tribune', 'Europe/Madrid', 'ltr', 'dd/MM/yyyy HH:mm', 3),
       ('ar', 'ar', 'العربية', 'تريبيون', 'Africa/Cairo', 'rtl', 'yyyy/MM/dd HH:mm', 4);
