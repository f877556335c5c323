// The one button: variants and sizes map to theme.css classes; type defaults to "button" so a
// button inside a form never submits it by accident.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'lg';

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'size'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  children?: ComponentChildren;
};

export function Button({ variant = 'secondary', size = 'md', type = 'button', class: extra, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size !== 'md' ? `btn-${size}` : '', typeof extra === 'string' ? extra : '']
    .filter(Boolean)
    .join(' ');
  return <button type={type} class={classes} {...rest} />;
}
